"""The framework floor: the smallest Typer app a CLI like reject could be.

One command with two typed options, run as a whole process by the harness
(`python benchmarks/floor_app.py --name Acme --count 3`). Whatever reject
spends beyond this is reject's own start-up and work, not Typer's.
"""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(add_completion=False)


@app.command()
def main(
    name: Annotated[str, typer.Option(help="A name.")] = "world",
    count: Annotated[int, typer.Option(help="How many times.")] = 1,
) -> None:
    for _ in range(count):
        typer.echo(f"hello {name}")


if __name__ == "__main__":
    app()
