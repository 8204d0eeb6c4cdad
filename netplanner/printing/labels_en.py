"""The printed documents' wording in English (see ``labels.Labels``)."""

from __future__ import annotations

from netplanner.printing.labels import Labels

ENGLISH = Labels(
    code="en",
    document_title="Prep sheet",
    documents_title="Prep sheets",
    subject="Questions and notes for a conversation with {name}",
    subject_many="Questions and notes for {n} conversations",
    kinds={
        "informational": "Informational conversation",
        "think_along": "Asking to think along",
    },
    when="When",
    place="Place",
    phone="Phone",
    email="E-mail",
    introduced_by="Introduced by",
    via="via {names}",
    how_we_know="You know them",
    purpose="Purpose",
    my_notes="My notes",
    opening_line="Opening line",
    opening_prompt=(
        "Write what you will say first: who you are, who sent you, "
        "and what you would like to learn about their work."
    ),
    my_ask="My ask",
    ask_prompt=(
        "Write concretely what you are looking for (a role, a specialism, a region, "
        "a kind of organisation), then ask: “Would you think along with me?”"
    ),
    keep_in_mind="Keep in mind",
    reminders={
        "informational": (
            "Their work and their path",
            "Open questions, then listen",
            "No job request; names at the end",
        ),
        "think_along": (
            "Say concretely what you look for",
            "“Would you think along with me?”",
            "Write down every name",
        ),
    },
    time_plan="Time plan",
    phases={
        "informational": ("small talk", "questions", "“Who else should I talk to?”"),
        "think_along": ("catch up", "your ask", "names: who contacts whom?"),
    },
    end="thank them",
    questions="Questions",
    asked="asked",
    must_ask="must ask",
    notes="Notes",
    names_you_got="Names you got",
    name_and_organisation="Name, organisation",
    how_to_reach="How to reach them",
    may_use_name="May I use your name?",
    after="After the conversation",
    thanked="Thank-you sent",
    promised="I promised to send",
    follow_up_on="Follow up on",
    learned="What I learned",
    continued="continued",
    footer="NetPlanner · prep sheet · page {page}",
    of_pages=" of ",
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    minutes="min",
    name="Name",
    role_line="Role · specialism · organisation",
    blank_subject="An empty prep sheet to fill in by hand",
    booklet_title="Question booklet",
    booklet_subject="Questions to choose from for your conversations",
    booklet_hint="Tick the questions you want to ask.",
    booklet_footer="NetPlanner · question booklet · page {page}",
    categories={
        "work": "The work itself",
        "path": "Path into the field",
        "organisation": "Organisation and sector",
        "trends": "Trends",
        "advice": "Advice",
        "resources": "Resources",
        "referrals": "Who else to talk to",
        "other": "Other",
    },
    language_names={"en": "English", "nl": "Dutch"},
    question_count=("{n} question", "{n} questions"),
    no_questions="No questions yet.",
)
