from reject.cli.main import run

run()
