from . import commendation_award_revoke_wizard
from . import commendation_round_reason_wizard
from . import commendation_session_add_wizard
from . import commendation_round_add_wizard
from . import commendation_proposal_answer_wizard
from . import commendation_proposal_answer_wizard_line
from . import commendation_eligibility_wizard
from . import commendation_eligibility_wizard_line
