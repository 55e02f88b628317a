
from . import test_eligibility
