"""The hybrid logical clock: monotonic per device, past every stamp seen, one total order everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lfn_common.hlc import MAX_COUNTER, MAX_DRIFT_MS, ClockDriftError, HybridClock, Timestamp

DEVICE_A = "0a1b2c3d-0000-4000-8000-00000000000a"
DEVICE_B = "0a1b2c3d-0000-4000-8000-00000000000b"


class FakeWall:
    """A wall clock the test sets by hand (milliseconds)."""

    def __init__(self, ms: int):
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def stamp(wall_ms: int, counter: int = 0, device: str = DEVICE_B) -> str:
    return Timestamp(wall_ms, counter, device).encode()


def strictly_increasing(values: list[str]) -> bool:
    return all(a < b for a, b in zip(values, values[1:], strict=False))


# --- one device ---------------------------------------------------------------------------------------


def test_stamps_follow_the_wall_clock_when_it_moves_forward():
    wall = FakeWall(1_000)
    clock = HybridClock(DEVICE_A, wall=wall)
    first = clock.now()
    wall.ms = 2_000
    second = clock.now()
    assert Timestamp.decode(first) == Timestamp(1_000, 0, DEVICE_A)
    assert Timestamp.decode(second) == Timestamp(2_000, 0, DEVICE_A)


def test_stamps_increase_while_the_wall_clock_stands_still():
    clock = HybridClock(DEVICE_A, wall=FakeWall(5_000))
    stamps = [clock.now() for _ in range(50)]
    assert strictly_increasing(stamps)
    assert {Timestamp.decode(s).wall_ms for s in stamps} == {5_000}


def test_stamps_increase_when_the_wall_clock_goes_backwards():
    wall = FakeWall(10_000)
    clock = HybridClock(DEVICE_A, wall=wall)
    stamps = [clock.now()]
    for ms in (9_000, 3_000, 9_999, 10_000, 10_001, 0):  # e.g. NTP corrects a laptop that ran fast
        wall.ms = ms
        stamps.append(clock.now())
    assert strictly_increasing(stamps)


def test_a_clock_reopened_from_its_saved_state_never_repeats_a_stamp():
    wall = FakeWall(7_000)
    clock = HybridClock(DEVICE_A, wall=wall)
    before = [clock.now() for _ in range(3)]
    wall.ms = 6_000  # the laptop restarted with a clock set back
    reopened = HybridClock(DEVICE_A, clock.last, wall=wall)
    assert reopened.now() > before[-1]


def test_the_counter_never_outgrows_its_six_digits():
    # Past 999999 the encoded string would no longer sort in causal order: borrow a millisecond instead.
    clock = HybridClock(DEVICE_A, stamp(4_000, MAX_COUNTER, DEVICE_A), wall=FakeWall(4_000))
    after = clock.now()
    assert after > stamp(4_000, MAX_COUNTER, DEVICE_A)
    assert Timestamp.decode(after) == Timestamp(4_001, 0, DEVICE_A)


# --- receiving stamps from another device ----------------------------------------------------------


def test_observe_moves_past_a_remote_stamp_ahead_of_the_local_clock():
    clock = HybridClock(DEVICE_A, wall=FakeWall(1_000))
    clock.now()
    remote = stamp(50_000, 7)
    clock.observe(remote)
    assert clock.last > remote
    assert clock.now() > remote


def test_observe_of_an_older_remote_stamp_still_advances_the_clock():
    wall = FakeWall(1_000)
    clock = HybridClock(DEVICE_A, wall=wall)
    local = clock.now()
    clock.observe(stamp(500, 3))
    assert clock.last > local


def test_observe_with_equal_walls_takes_the_larger_counter_plus_one():
    clock = HybridClock(DEVICE_A, stamp(8_000, 2, DEVICE_A), wall=FakeWall(1_000))
    clock.observe(stamp(8_000, 9))
    assert Timestamp.decode(clock.last) == Timestamp(8_000, 10, DEVICE_A)
    clock.observe(stamp(8_000, 4))
    assert Timestamp.decode(clock.last) == Timestamp(8_000, 11, DEVICE_A)


def test_observe_of_a_remote_counter_at_its_limit_stays_in_order():
    remote = stamp(8_000, MAX_COUNTER)
    clock = HybridClock(DEVICE_A, wall=FakeWall(8_000))
    clock.observe(remote)
    assert clock.now() > remote


def test_a_remote_stamp_too_far_ahead_is_refused_and_leaves_the_clock_alone():
    clock = HybridClock(DEVICE_A, wall=FakeWall(1_000_000))
    clock.now()
    before = clock.last
    with pytest.raises(ClockDriftError) as info:
        clock.observe(stamp(1_000_000 + MAX_DRIFT_MS + 1))
    assert info.value.drift_ms == MAX_DRIFT_MS + 1
    assert clock.last == before


def test_a_remote_stamp_just_within_the_drift_limit_is_believed():
    clock = HybridClock(DEVICE_A, wall=FakeWall(1_000_000))
    remote = stamp(1_000_000 + MAX_DRIFT_MS)
    clock.observe(remote)
    assert clock.now() > remote


# --- one order on every device ----------------------------------------------------------------------


def test_equal_wall_and_counter_break_the_tie_on_the_device_id():
    a = HybridClock(DEVICE_A, wall=FakeWall(3_000)).now()
    b = HybridClock(DEVICE_B, wall=FakeWall(3_000)).now()
    assert a != b
    assert a < b  # device ids compare as text: every device sorts these two the same way
    assert Timestamp.decode(a) < Timestamp.decode(b)


def test_every_device_sorts_the_same_set_of_stamps_the_same_way():
    a = HybridClock(DEVICE_A, wall=FakeWall(3_000))
    b = HybridClock(DEVICE_B, wall=FakeWall(3_000))
    stamps = [a.now(), b.now(), a.now(), b.now()]
    assert sorted(stamps) == sorted(reversed(stamps)) == sorted(stamps, key=Timestamp.decode)
    assert len(set(stamps)) == 4


def test_encode_and_decode_round_trip():
    original = Timestamp(1_760_000_000_123, 42, DEVICE_A)
    assert Timestamp.decode(original.encode()) == original
    assert original.encode() == f"001760000000123.000042.{DEVICE_A}"


@pytest.mark.parametrize("garbage", ["", "12345", "abc.def.ghi", None])
def test_decoding_something_that_is_not_a_stamp_raises_value_error(garbage):
    with pytest.raises(ValueError):
        Timestamp.decode(garbage)


timestamps = st.builds(
    Timestamp,
    wall_ms=st.integers(min_value=0, max_value=10**15 - 1),
    counter=st.integers(min_value=0, max_value=MAX_COUNTER),
    device=st.sampled_from([DEVICE_A, DEVICE_B, "laptop-1", "laptop-10", "laptop-2"]),
)


@settings(max_examples=300)
@given(timestamps, timestamps)
def test_string_order_of_encoded_stamps_is_the_order_of_the_stamps(x, y):
    assert Timestamp.decode(x.encode()) == x
    assert (x.encode() < y.encode()) == (x < y)
    assert (x.encode() == y.encode()) == (x == y)


# Events on two devices with jumpy wall clocks: "a" = a local change, "send" = the other device
# observes everything this one has stamped so far.
events = st.lists(
    st.tuples(st.sampled_from([0, 1]), st.sampled_from(["a", "send"]), st.integers(0, 5_000)),
    max_size=60,
)


@settings(max_examples=200)
@given(events)
def test_every_stamp_is_later_than_everything_its_device_had_seen(steps):
    walls = [FakeWall(1_000), FakeWall(1_000)]
    clocks = [HybridClock(DEVICE_A, wall=walls[0]), HybridClock(DEVICE_B, wall=walls[1])]
    seen: list[list[str]] = [[], []]  # stamps each device made or received, i.e. its causal past
    for device, action, ms in steps:
        walls[device].ms = ms
        if action == "a":
            made = clocks[device].now()
            assert all(made > earlier for earlier in seen[device])
            seen[device].append(made)
        else:
            other = 1 - device
            for remote in seen[device]:
                clocks[other].observe(remote)
            seen[other].extend(seen[device])
