from . import test_smoke
from . import test_i18n
