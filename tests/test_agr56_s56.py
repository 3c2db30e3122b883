"""Session 56, agreements (branch agr56): the way people settle things.

* "We'd suggest licensing rather than a composed track." "I'd rather composed." "It's twelve grand more."
  "Twelve? Then no. Let's license.": a bare "let's" and a verb (``lets_verb_option``) picks the course another speaker
  put with that verb in the turns just before ("licensing", "license a track or commission an original"), stated as
  it was put ("We go with licensing rather than a composed track.", "We license a track."); not a "let's" verb
  nobody put as a course ("Okay, let's eat."), nor a "let's" of the call itself ("Let's start.").
* "I'd actually suggest Rafael." "Rafael, how do you feel?" "Nervous, but yes. Happy to do it if Maeve preps me.": the
  one put forward for a role a turn or three back (the name what is suggested, ``roles.put_forward_taken``) saying
  yes settles the role, stated with the role the talk names ("Rafael Quintero is the spokesperson."); the rule for
  a role put in the turn just before (``settling.role_taken``) did not reach past the question between. Not work
  suggested for someone ("I'd suggest Owen sends the deck."), a no, nor the one named only spoken to.
* "I could put together a short deck for the board." "That works for us.", "Shall I mock up the banner?" "Sounds
  good.": work offered and taken up straight after in the words that settle a proposal is the offerer's item and no
  agreement (GUIDELINES §2.1 an offer taken up, §3 an agreement is not a task; ``offers.works_for_offer``); before,
  the first was drafted as an agreement only and the second as nothing. A course put ("we could move the budget
  over to Meta." "Okay, that works for us.") stays an agreement.
* "That's me. But I can't raise a PO until we've agreed the overall budget. Which I think is the next thing?": a
  decision still to be taken (what the call is there to settle) is not one the client announces
  (``announced.NOT_YET``: "until", "till", and "n't", which its word boundary never matched inside "can't").
* "Can we not just make the house work?" "We can. I'd lose one of the wide shots." "Then stay with the house.":
  "stay/stick with" the course kept, ordered tersely after "then" or closed by "then", is a decision
  (``terse_decide`` rows), stated "We stay with the house."; not "I'll stay with the team in Leeds."
* "… blaming the weather will blow up in our faces." "Yeah. Okay, fair. No weather line, then.": a bare "No X, then."
  (a sentence of its own, ``none_said``) drops an option named in the turns before, as "No influencers this time."
  does, also a hyphened one ("So do we do it as a pre-record, or get someone else to do it live?" … "Okay. No
  pre-record, then."); not an idiom ("No worries.") nor a thing nobody named ("No complaints."); and, since the
  never-read sets drew spurious agreements from it, not without its "then" ("Agree with Lucas. No price.").
* "Can we be in that meeting? I'd much rather present the scripts ourselves than have them forwarded round." "Yes,
  I'd prefer that, actually.": "I'd prefer/rather/like that" said alone settles what the other side just put
  (``prefer_that``, as "that works for us"), stated "We present the scripts ourselves rather than have them
  forwarded round." (statement row ``rather_than``); not beside a sentence that states the decision itself ("Priti
  for both phases. I'd rather that.", read for what it names), nor taking up work offered ("I can send you the full
  deck tonight." "I'd like that, thanks.": the item).
"""

from __future__ import annotations

import pytest

from pipeline.extract import analyse
from pipeline.extract.announced import announced
from pipeline.schemas import Segment, Transcript
from pipeline.settings import Settings
from tests.support import CALL, CALL_DATE, MODELS, header
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def _agreements(turns: list[tuple[str | None, str]]) -> list[tuple[int | None, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements]


MUSIC = [
    (NELL, "And music. We'd suggest licensing rather than a composed track for the second route. Cheaper and quicker."),
    (PRITI, "Hmm. I'd rather composed, it's more ownable."),
    (NELL, "It's about twelve grand more."),
]


def test_a_bare_lets_verb_picks_the_course_put_before() -> None:
    found = _agreements([*MUSIC, (PRITI, "Twelve? Then no. Let's license. Ownable can wait."), (THEO, "Noted.")])
    assert [t for t, _ in found] == [3], found
    assert "licensing rather than a composed track" in found[0][1], found


def test_a_bare_lets_verb_states_the_option_with_what_it_takes() -> None:
    turns = [
        (NELL, "Music next. We can license a track or commission an original."),
        (PRITI, "What does an original cost?"),
        (NELL, "Around fifteen thousand."),
        (PRITI, "Too much. Let's license."),
        (NELL, "Fine."),
    ]
    found = _agreements(turns)
    assert [t for t, _ in found] == [3], found
    assert found[0][1] == "We license a track.", found


@pytest.mark.parametrize(
    "answer",
    ["Okay, let's eat. I'm starving.", "Great. Let's start.", "Let's see."],
)
def test_a_lets_verb_nobody_put_as_a_course_settles_nothing(answer: str) -> None:
    turns = [*MUSIC, (PRITI, answer), (THEO, "Sure.")]
    assert 3 not in [t for t, _ in _agreements(turns)]


SPOKESPERSON = [
    (NELL, "Then the spokesperson. If this goes to broadcast, who's fronting it?"),
    (PRITI, "Our CEO is away, so it'd be me, I suppose."),
    (NELL, "I'd actually suggest Owen. He knows the plant, and people trust an engineer."),
    (PRITI, "Fair. Owen, how do you feel?"),
]


def test_a_hedged_yes_from_the_one_put_forward_settles_the_role() -> None:
    found = _agreements([*SPOKESPERSON, (OWEN, "Nervous, but yes. Happy to do it if Nell preps me."), (NELL, "Sure.")])
    assert found == [(4, "Owen Lacey is the spokesperson.")], found


def test_the_one_put_forward_says_yes_after_talk_between() -> None:
    turns = [
        (NELL, "For the launch video we'd suggest Owen as the presenter."),
        (OWEN, "Oh no."),
        (PRITI, "No, I think that's right. Owen for the video."),
        (OWEN, "Okay. Yeah, fine, I'll do it."),
        (NELL, "Great."),
    ]
    assert [t for t, _ in _agreements(turns)] == [3], _agreements(turns)


@pytest.mark.parametrize(
    "turns",
    [
        # work suggested for someone, taken on: an item, no role
        [
            (NELL, "I'd suggest Owen sends the deck to the board."),
            (OWEN, "Yes, I'll do it tomorrow."),
            (NELL, "Great."),
        ],
        # the one put forward says no
        [*SPOKESPERSON, (OWEN, "Honestly, I'd rather not. I'm no good on camera."), (NELL, "Okay.")],
        # the one named only spoken to, not put forward
        [(NELL, "Owen, I'd suggest the blue route for the signage."), (OWEN, "Yes, fine."), (NELL, "Great.")],
    ],
)
def test_no_role_taken_without_the_one_put_forward_saying_yes(turns: list[tuple[str, str]]) -> None:
    assert not any(text.startswith("Owen Lacey") for _, text in _agreements(turns)), _agreements(turns)


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("I could put together a short deck for the board.", "That works for us, thanks."),
        ("Shall I put together a short deck for the board?", "That works for us."),
        ("Shall I mock up the banner for the homepage?", "Sounds good."),
    ],
)
def test_work_offered_and_taken_in_settling_words_is_the_item_not_an_agreement(offer: str, reply: str) -> None:
    turns = [(NELL, "Next, the board pack."), (THEO, offer), (PRITI, reply), (NELL, "Great. Moving on.")]
    found = run(turns)
    assert [(i.turn, i.owner) for i in found.action_items] == [(1, THEO)], found.action_items
    assert found.agreements == [], found.agreements


def test_a_course_put_and_taken_in_settling_words_stays_an_agreement() -> None:
    turns = [
        (NELL, "On social, we could move the postgraduate budget over to Meta."),
        (PRITI, "Okay, that works for us."),
        (NELL, "Great."),
    ]
    found = run(turns)
    assert [a.turn for a in found.agreements] == [1] and found.action_items == [], found


def _announced(said: list[tuple[str, str]]) -> list[str]:
    segments = [Segment(index=k, text=text, speaker=who, start=k * 10.0) for k, (who, text) in enumerate(said)]
    turns = analyse(
        Transcript(source_kind="gold-json", segments=segments), header(CALL, CALL_DATE), Settings(models_dir=MODELS)
    )
    return [announced(turns, k) for k in range(len(turns))]


@pytest.mark.parametrize(
    ("said", "decision"),
    [
        (
            "That's me. But I can't raise a PO until we've agreed the overall budget. Which I think is the next thing?",
            "",
        ),
        ("We won't sign anything till we've settled on the venue.", ""),
        (
            "We've agreed internally that the launch moves to September.",
            "We've agreed internally that the launch moves to September.",
        ),
        ("Busy week. We have settled on the Leeds date.", "We have settled on the Leeds date."),
    ],
)
def test_a_decision_still_to_take_is_not_announced(said: str, decision: str) -> None:
    assert _announced([(NELL, "Owen, any news from your side?"), (OWEN, said)])[1] == decision


def test_then_stay_with_the_option_kept_is_the_decision() -> None:
    turns = [
        (NELL, "The studio build would give us more control over the light."),
        (PRITI, "How much more is that?"),
        (NELL, "About eighteen thousand on top."),
        (PRITI, "Oof. Can we not just make the house work?"),
        (THEO, "We can. I'd lose one of the wide shots but it's doable."),
        (PRITI, "Then stay with the house."),
        (NELL, "Okay."),
    ]
    assert _agreements(turns) == [(5, "We stay with the house.")]


def test_staying_with_people_is_no_decision() -> None:
    turns = [(NELL, "I'll be on the train, so I'll stay with the team in Leeds."), (PRITI, "Okay, safe travels.")]
    assert _agreements(turns) == []


@pytest.mark.parametrize(
    ("turns", "agreed"),
    [
        (
            [
                (THEO, "We need a bigger power supply, or a generator on site."),
                (PRITI, "A generator's noisy, though. Right beside the bar."),
                (THEO, "True. The upgrade is about nine hundred."),
                (PRITI, "Okay. No generator."),
                (NELL, "Great."),
            ],
            [3],
        ),
        (
            [
                (PRITI, "Can we say it was the storm? There was heavy rain last night."),
                (NELL, "I'd advise against that. If it was the pump, blaming the weather will blow up in our faces."),
                (PRITI, "Yeah. Okay, fair. No weather line, then."),
                (THEO, "Okay."),
            ],
            [2],
        ),
        # an idiom, nothing named before it
        ([(NELL, "Sorry I'm late, the trains."), (PRITI, "No worries."), (THEO, "Shall we start?")], []),
        # a thing nobody named: no option dropped
        ([(NELL, "How did the shoot go?"), (PRITI, "No complaints. The crew were great."), (THEO, "Good.")], []),
    ],
)
def test_a_bare_no_x_drops_an_option_named_before(turns: list[tuple[str, str]], agreed: list[int]) -> None:
    assert [t for t, _ in _agreements(turns)] == agreed, _agreements(turns)


def test_i_would_prefer_that_settles_what_was_put() -> None:
    turns = [
        (PRITI, "Theo, can you set up a session with our CEO to show her the scripts?"),
        (THEO, "Yep. I'll get something in her diary for next Thursday."),
        (
            NELL,
            "Can we be in that meeting? I'd much rather present the scripts ourselves than have them forwarded round.",
        ),
        (PRITI, "Yes, I'd prefer that, actually."),
        (NELL, "Great."),
    ]
    assert _agreements(turns) == [(3, "We present the scripts ourselves rather than have them forwarded round.")]


def test_i_would_like_that_to_work_offered_is_the_item() -> None:
    found = run([(THEO, "I can send you the full deck tonight."), (PRITI, "I'd like that, thanks."), (NELL, "Okay.")])
    assert found.agreements == [] and [i.turn for i in found.action_items] == [0], found


def test_i_would_rather_that_beside_the_decision_keeps_what_it_names() -> None:
    turns = [
        (NELL, "For phase two we'd recommend it's the chief exec."),
        (OWEN, "Hmm. I'm not sure. He's not great when he's being shouted at."),
        (NELL, "Then maybe Priti again, for consistency? Same face."),
        (OWEN, "Yeah, that's, yes. Priti for both phases. I'd rather that."),
        (NELL, "Great."),
    ]
    found = _agreements(turns)
    assert [t for t, _ in found] == [3] and "chief exec" not in found[0][1], found


def test_no_hyphened_option_then_drops_it() -> None:
    turns = [
        (PRITI, "Owen's not sure he'll be in the country. There's a thing in Gothenburg the same week."),
        (NELL, "Oh. Okay."),
        (PRITI, "So the question is do we do it as a pre-record, or get someone else to do it live."),
        (THEO, "A pre-record of someone driving a car on stage is just an advert."),
        (NELL, "Yeah, I agree. It kills the moment a bit."),
        (PRITI, "Okay. No pre-record, then. If Owen can't come, Margaret does it live."),
        (OWEN, "Margaret's great, yeah."),
    ]
    assert [t for t, _ in _agreements(turns)] == [5], _agreements(turns)
