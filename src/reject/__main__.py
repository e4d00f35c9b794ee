from reject.cli.app import main

raise SystemExit(main())
