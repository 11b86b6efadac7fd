import sys

from lfn_desktop.app import main

sys.exit(main())
