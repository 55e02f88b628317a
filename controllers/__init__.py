from . import report
from . import package
