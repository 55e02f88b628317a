from . import emulation_document_helper
