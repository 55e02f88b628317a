from . import commendation_award_revoke_wizard
from . import commendation_eligibility_wizard
from . import commendation_eligibility_wizard_line
