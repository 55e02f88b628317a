from . import commendation_award_revoke_wizard
