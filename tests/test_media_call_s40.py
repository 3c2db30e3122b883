"""Defects found drafting a bike brand's media-plan call (a typed transcript with its details lines) as a new user
would (session 40): "Would you prefer the dashboard or the PDF every fortnight?" "Dashboard, the PDFs just sit in my
inbox." agreed nothing (the reason after the comma hid the pick); the split read back, "So seventy social, twenty
YouTube, ten podcasts.", was summarised "We agreed that Seventy social, …"; and "I'll introduce you over email." said
by the client, with no agency named, kept "you"."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call, opened_items

from pipeline.documents.summary import agreement_clause

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
ASKED = (NELL, "Last thing, reporting. Would you prefer the dashboard or the PDF every fortnight?")


@pytest.mark.parametrize(
    "reply",
    ["Dashboard, the PDFs just sit in my inbox.", "The dashboard, nobody reads the PDFs.", "Dashboard."],
)
def test_a_pick_with_its_reason_after_a_comma_is_agreed(reply: str) -> None:
    agreed = opened_call([ASKED, (PRITI, reply), (NELL, "Ha, fair enough."), NEXT]).agreements
    assert [a.text for a in agreed] == ["We go with the dashboard."]


def test_a_reply_that_says_more_than_a_pick_is_no_pick() -> None:
    agreed = opened_call([ASKED, (PRITI, "Honestly, I never open either of them."), NEXT]).agreements
    assert agreed == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Seventy social, twenty YouTube, ten podcasts.", "seventy social, twenty YouTube, ten podcasts"),
        ("Two tenants on the panel is fine.", "that two tenants on the panel is fine"),
    ],
)
def test_terms_read_back_are_summarised_as_terms(text: str, clause: str) -> None:
    assert agreement_clause(text) == clause


def test_introducing_you_names_whom_the_owner_answers() -> None:
    found = opened_items(
        [
            (THEO, "And I'll need the final product shots for the pre-rolls. Who's the best person for that?"),
            (PRITI, "That'd be Ben in our studio. I'll introduce you over email today."),
        ]
    )
    assert found == [(PRITI, "introduce Theo to Ben", "2026-03-04")]


def test_the_first_of_a_list_that_is_the_subject_is_no_pick() -> None:
    asked = (NELL, "On the trade list, do you want job titles as well or just names?")
    agreed = opened_call([asked, (PRITI, "Names, company and email is all we need."), NEXT]).agreements
    assert agreed == []
