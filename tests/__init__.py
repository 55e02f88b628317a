from . import test_reports
from . import test_xlsx
from . import test_emulation_report
