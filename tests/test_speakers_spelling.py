"""Naming speakers does not hang on how the speech model writes a name: commas and full stops, capitals, a name
spelled as it sounds, a sentence split over two segments."""

from __future__ import annotations

import pytest

from pipeline.schemas import Attendee, Segment
from pipeline.speakers import mentions, naming

PEOPLE = [
    Attendee(name="Will Hartley", side="agency"),
    Attendee(name="Terrence Boyd", side="client"),
    Attendee(name="Kwame Osei", side="agency"),
    Attendee(name="Penny Lane", side="client"),
    Attendee(name="Siobhán Kelly", side="agency"),
    Attendee(name="Yusuf Kaya", side="client"),
]


def named(text: str) -> list[str]:
    return [PEOPLE[who].name for who, _, _ in mentions.mentions(text, PEOPLE)]


@pytest.mark.parametrize(("text", "who"), [
    ("Lovely. Um, will, what do you need from us?", "Will Hartley"),  # a name written in lower case, spoken to
    ("Right, thanks, penny.", "Penny Lane"),
    ("and will, one more thing.", "Will Hartley"),  # after a turn opener
    ("Okay, will.", "Will Hartley"),
    ("yeah, loud and clear, morning penny.", "Penny Lane"),  # after a greeting
])  # fmt: skip
def test_a_lower_case_name_spoken_to_someone_is_a_mention(text: str, who: str) -> None:
    assert named(text) == [who]


@pytest.mark.parametrize("text", [
    "Which, as far as I can tell, it will.",  # the word, not the name
    "Every penny counts this year.",
    "If you will, we can move it.",
    "They will, I'm sure, sign it off.",
])  # fmt: skip
def test_a_lower_case_word_that_is_also_a_name_is_no_mention(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(("heard", "name"), [
    ("Terence", "Terrence"), ("Quame", "Kwame"), ("Siobhan", "Siobhán"), ("Yusef", "Yusuf"), ("Phillipa", "Philippa"),
])  # fmt: skip
def test_a_name_spelled_as_it_sounds(heard: str, name: str) -> None:
    assert mentions.sounds_like(heard, name)


@pytest.mark.parametrize(("heard", "name"), [
    ("Will", "Wall"), ("Miles", "Mile"), ("Penny", "Benny"), ("Yusuf", "Joseph"), ("Dawn", "Dean"),
])  # fmt: skip
def test_a_different_name_does_not_sound_alike(heard: str, name: str) -> None:
    assert not mentions.sounds_like(heard, name)


def test_a_capitalised_spelling_that_sounds_like_one_attendee_is_a_mention() -> None:
    assert named("You too, Terence. Great work, Quame.") == ["Terrence Boyd", "Kwame Osei"]
    assert named("I think Yusef's happy with it.") == []  # a possessive is found with possessive=True
    hits = mentions.mentions("I think Yusef's happy with it.", PEOPLE, possessive=True)
    assert [PEOPLE[h[0]].name for h in hits] == ["Yusuf Kaya"]
    # a capitalised word opening a sentence is any word, unless it is plainly said to someone
    people = [Attendee(name="Marc Dupont"), Attendee(name="Ana Silva")]
    assert mentions.mentions("Mark my words, it works.", people) == []
    assert [people[h[0]].name for h in mentions.mentions("Thanks. Mark, can you check?", people)] == ["Marc Dupont"]


STYLES = [  # one meeting, as different speech models might write it
    ["Morning, Penny. Morning, Kwame.", "Morning. Kwame, can you take us through the routes?",
     "Sure, I'll start with the first one.", "Thanks, Kwame. That's clear."],
    ["Morning Penny, morning Kwame.", "morning, kwame, can you take us through the routes?",
     "Sure. I'll start with the first one.", "thanks, kwame, that's clear."],
    ["morning, penny. morning, Quame.", "Morning. Quame, can you take us through the routes?",
     "sure, I'll start with the first one.", "Thanks, Quame, that's clear."],
]  # fmt: skip


@pytest.mark.parametrize("lines", STYLES)
def test_the_same_meeting_names_the_same_voice_however_it_is_punctuated(lines: list[str]) -> None:
    turns = [naming.Turn(speaker, text) for speaker, text in zip([0, 1, 2, 1], lines, strict=True)]
    score = naming.score_names(turns, 3, PEOPLE)
    assert score[2, 2] >= naming.MIN_SCORE  # called on, answering, thanked afterwards: Kwame
    assert naming.name_speakers_from_turns(turns, 3, PEOPLE)[2] == "Kwame Osei"


def test_a_name_and_its_question_split_over_two_segments_are_one_turn() -> None:
    segments = [
        Segment(index=0, start=0.0, end=2.0, text="Right, and, um, Kwame,"),
        Segment(index=1, start=2.0, end=4.0, text="can you send the files over?"),
        Segment(index=2, start=4.5, end=6.0, text="Yes, I'll do that today."),
        Segment(index=3, start=6.5, end=8.0, text="And Kwame, the edit too?"),
        Segment(index=4, start=8.5, end=9.0, text="Sure."),
    ]
    assert naming.name_speakers(segments, [0, 0, 1, 0, 1], 2, PEOPLE) == {1: "Kwame Osei"}


def test_a_greeting_returned_by_name_goes_to_the_one_who_greeted_the_room() -> None:
    t = naming.Turn
    for reply in ("Yes, loud and clear. Morning, Penny.", "yeah loud and clear, morning Penny."):
        score = naming.score_names([t(0, "Morning, morning, can everyone hear me?"), t(1, reply), t(2, "Hi.")],
                                   3, PEOPLE)  # fmt: skip
        assert score[0, 3] > 0 and score[2, 3] <= 0, reply
    # a greeting after an answer to someone who greeted this speaker by name greets the next voice instead
    score = naming.score_names(
        [t(0, "Hi Yusuf, are you at home today?"), t(1, "Home, yes. Hi, Penny."), t(2, "Hi.")], 3, PEOPLE
    )
    assert score[2, 3] > 0 and score[0, 3] <= 0


def test_you_two_heard_for_you_too_answers_the_last_speaker() -> None:
    t = naming.Turn
    score = naming.score_names([t(0, "Have a good weekend."), t(1, "You two, Terence.")], 2, PEOPLE)
    assert score[0, 1] >= naming.MIN_SCORE


def test_a_task_given_by_name_and_taken_on_by_the_next_voice_names_it() -> None:
    t = naming.Turn
    given = t(0, "Good. So Kwame will pull together the full AV spec.")
    for reply in ("Yep, can do, I'll have it by Thursday.", "I'll get that over tomorrow.", "Sure, on it."):
        assert naming.score_names([given, t(1, reply)], 2, PEOPLE)[1, 2] >= naming.MIN_SCORE, reply
    # agreeing is not taking it on; a task that is not the turn's last word; being talked about
    for turns in (
        [given, t(1, "Sure, that works.")],
        [t(0, "So Kwame will pull together the spec. Then we review it."), t(1, "I'll look at it.")],
        [t(0, "Kwame will not be there."), t(1, "I'll go instead.")],
        [t(0, "Kwame will be late."), t(1, "I'll start then.")],
    ):
        assert naming.score_names(turns, 2, PEOPLE)[1, 2] <= 0, turns


def test_everyday_words_are_no_clipped_names() -> None:
    people = [Attendee(name="Theo Marsh"), Attendee(name="Andrew Pike")]
    assert mentions.mentions("The train was late. And then it rained.", people) == []
    assert "The" not in mentions.short_names("Theo") and "And" not in mentions.short_names("Andrew")
    assert "Andy" in mentions.short_names("Andrew")


def test_a_name_said_twice_in_one_turn_is_one_call() -> None:
    t = naming.Turn
    score = naming.score_names([t(0, "Hi, Rich, hi name, Rich, high ball."), t(1, "Fair.")], 2,
                               [Attendee(name="Rich Abara"), Attendee(name="Ana Silva")])  # fmt: skip
    assert score[1, 0] == naming.ADDRESS  # once, and not enough to name anyone


def test_greeted_by_name_and_greeting_back_names_the_one_greeted() -> None:
    t = naming.Turn
    for opening in ("Happy Friday, Penny, thanks for squeezing us in.", "morning penny, thanks for making time."):
        for reply in ("Happy Friday! I've got a hard stop at half eleven.", "Morning. Shall we start?"):
            assert naming.score_names([t(0, opening), t(1, reply)], 2, PEOPLE)[1, 3] >= naming.MIN_SCORE
    # greeted but carrying on without a greeting is weaker; two people greeted at once call on neither
    assert naming.score_names([t(0, "Morning, Penny."), t(1, "So, the budget.")], 2, PEOPLE)[1, 3] < naming.MIN_SCORE
    two = naming.score_names([t(0, "Hi, Penny, hi, Yusuf."), t(1, "Hi.")], 2, PEOPLE)
    assert two[1, 3] <= 0 and two[1, 5] <= 0


def test_someone_presented_before_a_question_to_the_room_is_not_the_next_voice() -> None:
    t = naming.Turn
    text = "So Kwame is going to take you through the plan. You've had it since Wednesday, I think."
    assert naming.score_names([t(0, text), t(1, "I have, yes.")], 2, PEOPLE)[1, 2] <= 0
    text = "You've had it since Wednesday. So Kwame is going to take you through the plan."
    assert naming.score_names([t(0, text), t(1, "Morning all.")], 2, PEOPLE)[1, 2] >= naming.MIN_SCORE


def test_a_question_put_to_someone_by_name_and_answered_names_the_one_who_answers() -> None:
    t = naming.Turn
    asked = t(0, "Lovely. Um, will, what do you need from them to build that out?")
    assert (
        naming.score_names([asked, t(1, "Two things, really. The guidelines and the files.")], 2, PEOPLE)[1, 0]
        >= naming.MIN_SCORE
    )
    for turns in (
        [asked, t(1, "Me? Why me?")],  # a question back
        [asked, t(1, "I think Will's on mute.")],  # passed on
        [t(0, "Morning, Will. Everyone survive the snow?"), t(1, "Just about.")],  # a question to the room
        [t(0, "Will, what do you need? We can sort it later."), t(1, "Two things.")],  # not the turn's end
    ):
        assert naming.score_names(turns, 2, PEOPLE)[1, 0] < naming.MIN_SCORE, turns
    # a yes-no question is answered only by an answer's opening ("Yes", "Sure", "I can")
    asked = t(0, "Will, can you send me the casting shortlist?")
    assert naming.score_names([asked, t(1, "The budget is fixed anyway.")], 2, PEOPLE)[1, 0] < naming.MIN_SCORE


def test_a_call_next_to_a_task_for_someone_else_is_not_answered_by_will_do() -> None:
    t = naming.Turn
    for text in ("Let's have Kwame set that up for next week. Penny, you should be in it.",
                 "Let's have Kwame set that up for next week. Penny. you should be in it."):  # fmt: skip
        score = naming.score_names([t(0, text), t(1, "Will do.")], 2, PEOPLE)
        assert score[1, 3] < naming.MIN_SCORE, text
    # greeting two people and asking the last one something is still a question to that one
    text = "Right, we're all here, Kwame, Penny, thanks for coming over, have you been here before?"
    assert naming.score_names([t(0, text), t(1, "No, first time.")], 2, PEOPLE)[1, 3] >= naming.MIN_SCORE


def test_a_full_name_followed_by_the_speakers_own_words_is_an_introduction() -> None:
    for text in ("Shall we do introductions? I'll start. Penny Lane. I head up marketing here.",
                 "Okay, I'll go first: Penny Lane, I look after brand."):  # fmt: skip
        assert naming.introduced(text, PEOPLE) == 3, text
    for text in ("Penny Lane, the launch POS.", "We spoke to Penny Lane, I think, last week."):  # fmt: skip
        assert naming.introduced(text, PEOPLE) is None, text


def test_a_lower_case_name_counts_only_when_the_exchange_bears_it_out() -> None:
    t = naming.Turn
    people = [Attendee(name="Rich Abara"), Attendee(name="Ana Silva")]
    # "rich" may be the word: said to someone, with nobody answering to it, it is no evidence for anyone
    score = naming.score_names([t(0, "That's the point, rich."), t(1, "Ha, rich by name.")], 2, people)
    assert score[1, 0] <= 0
    score = naming.score_names([t(1, "Fine."), t(0, "Thanks, rich.")], 2, people)
    assert score[1, 0] <= 0
    # called on in lower case and answering, or thanked back with "you too", is evidence
    asked = t(0, "Okay, rich, can you send the allocations over?")
    assert naming.score_names([asked, t(1, "Sure, I'll do it today.")], 2, people)[1, 0] >= naming.MIN_SCORE
    score = naming.score_names([t(1, "Have a good weekend."), t(0, "You too, rich.")], 2, people)
    assert score[1, 0] >= naming.MIN_SCORE


def test_greeting_two_people_reads_the_same_however_it_is_punctuated() -> None:
    t = naming.Turn
    people = [Attendee(name="Seun Ade"), Attendee(name="Penny Marsh"), Attendee(name="Yusuf Demir")]
    seen = set()
    for opening in ("Hi, Penny, hi, Yusuf. Coffee, anyone?", "Hi Penny. Hi Yusuf. Coffee, anyone?",
                    "hi penny, hi yusuf, coffee, anyone?"):  # fmt: skip
        score, said = naming.evidence([t(0, opening), t(1, "I'm fine, thanks."), t(2, "Good, thanks.")], 3, people)
        seen.add((score.tobytes(), said.tobytes()))
        assert said[0, 1] and said[0, 2] and score[0, 1] < 0  # the one greeting them is neither Penny nor Yusuf
    assert len(seen) == 1
