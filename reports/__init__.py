from . import emulation_document_helper
from . import ir_actions_report
