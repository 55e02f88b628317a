from . import test_plan
from . import test_movement
from . import test_pledge
