from hypothesis import given
from hypothesis import strategies as st

from app.domain.text.prefix_sums import PrefixSums

heights = st.lists(st.floats(min_value=0.5, max_value=500), min_size=1, max_size=200)


@given(heights, st.data())
def test_sums_and_lookups_agree_with_a_plain_running_total(values: list[float], data: st.DataObject) -> None:
    sums = PrefixSums(values)
    for _ in range(5):
        index = data.draw(st.integers(0, len(values) - 1))
        values[index] = data.draw(st.floats(min_value=0.5, max_value=500))
        sums.set(index, values[index])
    running = 0.0
    for index, value in enumerate(values):
        assert abs(sums.before(index) - running) < 1e-6
        middle = running + value / 2
        found, offset = sums.locate(middle)
        assert found == index
        assert abs(offset - value / 2) < 1e-6
        running += value
    assert abs(sums.total - running) < 1e-6


def test_offsets_outside_the_range_land_on_the_ends() -> None:
    sums = PrefixSums([10, 20, 30])
    assert sums.locate(-5) == (0, 0.0)
    assert sums.locate(1000) == (2, 30.0)
    assert PrefixSums().locate(3) == (0, 0.0)
