from . import report
from . import package
from . import xlsx
