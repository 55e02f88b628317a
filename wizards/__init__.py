from . import commendation_award_revoke_wizard
from . import commendation_dossier_reason_wizard
from . import commendation_eligibility_wizard
from . import commendation_eligibility_wizard_line
from . import emulation_setup_checklist
from . import emulation_setup_checklist_line
