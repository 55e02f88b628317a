from . import test_plan
from . import test_movement
from . import test_pledge
from . import test_smoke
