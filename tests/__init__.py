from . import test_access_rights
from . import test_catalogue
from . import test_constraints
from . import test_plan
from . import test_movement
from . import test_pledge
from . import test_smoke
