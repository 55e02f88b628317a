from . import test_eligibility
from . import test_dossier_flow
from . import test_award
from . import test_dossier_access
from . import test_smoke
