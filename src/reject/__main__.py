from reject.cli.main import main

raise SystemExit(main())
