"""The benchmark harness behind `python benchmarks/run.py`, one concern a module.

- config:  where things live and the fixed numbers (sizes, runs, time-outs)
- procs:   running one whole process and timing a command against its yardstick
- environment: the benchmark venv, versions, the machine, process environments
- data:    generated CSVs, reject homes and jrnl journals of a given size
- suite:   which commands are measured, against what, with which target
- report:  the Markdown table and the verdicts on issue 5's targets

Only the standard library is used here.
"""
