using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Domain.Tests;

public sealed class EntityIdTests
{
    [Fact]
    public void A_new_id_is_its_prefix_and_twelve_characters_of_the_alphabet()
    {
        var id = EntityId.New("emp");

        Assert.Matches("^emp-[a-z0-9]{12}$", id);
        Assert.True(EntityId.IsValidPart(id));
    }

    [Fact]
    public void Bytes_the_alphabet_does_not_fit_evenly_are_skipped_and_more_are_asked_for_when_they_run_out()
    {
        // 36 characters fit seven times in 0..251: 252..255 would favour the first four, so they are skipped.
        byte[][] batches = [[.. Enumerable.Repeat((byte)255, 28), 0, 35, 36, 251], [252, 71, 72, 1, 2, 3, 4, 5, 6, 7, 8, 9, .. new byte[20]]];
        var calls = 0;

        var id = EntityId.New("t", buffer => batches[calls++].CopyTo(buffer));

        Assert.Equal("t-a9a99abcdefg", id);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Ids_use_the_whole_alphabet_and_do_not_repeat()
    {
        var ids = Enumerable.Range(0, 2_000).Select(_ => EntityId.New("x")).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(36, ids.SelectMany(id => id[2..]).Distinct().Count());
    }
}
