"""The partnership's vocabulary as enumerations (values are stored and synced; never rename one).

English identifiers in code, Dutch labels live in the UI's translations.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class LifeDomain(IntEnum):
    """The ten life domains (levensdomeinen) of DOMAIN.md, numbered as the partnership numbers them."""

    DEVELOPMENT = 1  # personal development, education, knowledge and skills
    SELF_DETERMINATION = 2  # self-determination, culture, religion
    RELATIONS = 3  # interpersonal relations, (support) network
    EMOTIONAL = 4  # emotional wellbeing, self-image, positive attitude
    RIGHTS = 5
    WORK = 6  # social inclusion with focus on work (experience) and work attitude
    HEALTH = 7  # physical wellbeing and health
    MATERIAL = 8  # material wellbeing, housing and finances
    ADMINISTRATION = 9
    JUSTICE = 10


class OrganisationKind(StrEnum):
    CIVIL_SOCIETY = "civil_society"
    LOCAL_GOVERNMENT = "local_government"  # municipality, OCMW
    VDAB = "vdab"
    OTHER = "other"


class Role(StrEnum):
    COACH = "coach"
    TEAM_LEAD = "team_lead"
    # The partnership's steering group (ondersteuningsgroep): signs in for the published figures and reviewed
    # signals only, never a dossier.
    SUPPORT_GROUP = "support_group"


class SocialOrgKind(StrEnum):
    """Kinds of organisation on the shared social map."""

    CAW = "caw"
    OCMW = "ocmw"
    VDAB = "vdab"
    GP = "gp"
    CGG = "cgg"  # mental-health centre
    SCHOOL = "school"
    CHILDCARE = "childcare"
    HOUSING = "housing"
    LAWYER = "lawyer"
    HOSPITAL = "hospital"
    OTHER = "other"


class ReferralChannel(StrEnum):
    VDAB = "vdab"
    OCMW = "ocmw"
    PARTNER = "partner"
    OUTREACH = "outreach"  # found by the outreach network
    PEER = "peer"  # a participant brings a friend
    SELF = "self"
    OTHER = "other"


class Phase(StrEnum):
    ACQUAINTANCE = "acquaintance"  # kennismaking, non-binding
    ACTIVE = "active"
    CLOSING = "closing"
    CLOSED = "closed"


# Which phase may follow which: forward steps, a step back from closing, never out of closed
# (a closed trajectory stays readable; a new request for help starts a new trajectory).
PHASE_TRANSITIONS: dict[Phase, frozenset[Phase]] = {
    Phase.ACQUAINTANCE: frozenset({Phase.ACTIVE, Phase.CLOSING, Phase.CLOSED}),
    Phase.ACTIVE: frozenset({Phase.CLOSING, Phase.CLOSED}),
    Phase.CLOSING: frozenset({Phase.ACTIVE, Phase.CLOSED}),
    Phase.CLOSED: frozenset(),
}


class Outcome(StrEnum):
    """Uitstroom: how a trajectory ended."""

    PAID_WORK_REGULAR = "paid_work_rec"  # regular economy (REC)
    PAID_WORK_SOCIAL = "paid_work_sec"  # social economy / maatwerk (SEC)
    TRAINING = "training"
    VOLUNTEER_WORK = "volunteer_work"
    WIJK_WERKEN = "wijk_werken"
    AMA = "ama"  # arbeidsmatige activiteiten, work-like activities
    WARM_HANDOVER = "warm_handover"
    MOVED = "moved"
    DROPPED_OUT = "dropped_out"  # or no (more) request for help


DURABLE_PAID_WORK = frozenset({Outcome.PAID_WORK_REGULAR, Outcome.PAID_WORK_SOCIAL})


class ContactKind(StrEnum):
    HOME_VISIT = "home_visit"
    OUTREACH_WALK = "outreach_walk"  # a walk through the neighbourhood, the school gate
    OFFICE = "office"
    PHONE = "phone"
    VIDEO = "video"
    MESSAGE = "message"
    ACCOMPANIMENT = "accompaniment"  # going along to an appointment at a service
    GROUP = "group"
    NO_SHOW = "no_show"  # attempted contact that did not happen: still counts as effort


class ContactPlace(StrEnum):
    HOME = "home"
    NEIGHBOURHOOD = "neighbourhood"
    OFFICE = "office"
    SERVICE = "service"
    SCHOOL = "school"
    REMOTE = "remote"  # phone, video, message
    OTHER = "other"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class FilledBy(StrEnum):
    """Who filled a scale in (NIVEA: never fill in for someone else, so it is always recorded)."""

    PARTICIPANT = "participant"
    TOGETHER = "together"
    COACH = "coach"  # the coach's own view


class ScaleStyle(StrEnum):
    """How a participant prefers to see scale levels."""

    PICTOGRAMS = "pictograms"
    FACES = "faces"
    WORDS = "words"  # words with numbers


class NodeKind(StrEnum):
    FAMILY = "family"
    HOUSEHOLD = "household"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    SCHOOL_WORK = "school_work"
    LEISURE = "leisure"
    PROFESSIONAL = "professional"


class Sector(StrEnum):
    FAMILY = "family"  # family and household
    FRIENDS = "friends"  # friends and neighbours
    SCHOOL_WORK = "school_work"  # school/work and leisure
    PROFESSIONAL = "professional"


class Ring(IntEnum):
    VERY_CLOSE = 1
    CLOSE = 2
    FURTHER = 3


class TieQuality(StrEnum):
    SUPPORTIVE = "supportive"
    NEUTRAL = "neutral"
    STRESSFUL = "stressful"
    BROKEN = "broken"


class TieDirection(StrEnum):
    GIVES = "gives"  # the participant gives support
    RECEIVES = "receives"
    BOTH = "both"


class ContactFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    RARELY = "rarely"


class SupportKind(StrEnum):
    EMOTIONAL = "emotional"
    PRACTICAL = "practical"
    INFORMATION = "information"
    ADVICE = "advice"


# Instrument ids the application itself refers to (their definitions live in resources/instruments/).
STAR_INSTRUMENT = "star_diagram"
RELEASE_INSTRUMENT = "release_scale"
RELEASE_ITEM = "release"

# Days without contact after which a running dossier "goes quiet" and must stand out (aanklappend).
QUIET_AFTER_DAYS = 21
CASELOAD_NORM_PER_FTE = (16, 18)
