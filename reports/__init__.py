from . import emulation_document_helper
from . import ir_actions_report
from . import emulation_xlsx_export
from . import commendation_fund_xlsx
