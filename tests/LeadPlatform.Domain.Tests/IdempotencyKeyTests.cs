using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Domain.Tests;

public sealed class IdempotencyKeyTests
{
    [Fact]
    public void A_key_gives_the_same_id_every_time_in_the_entity_ids_form()
    {
        var first = IdempotencyKey.EntityIdFor("session", "org-a/mgr-1", "retry-me");

        Assert.Equal(first, IdempotencyKey.EntityIdFor("session", "org-a/mgr-1", "retry-me"));
        Assert.Matches("^session-[a-z0-9]{12}$", first);
    }

    [Fact]
    public void Another_key_or_another_scope_gives_another_id()
    {
        string[] ids =
        [
            IdempotencyKey.EntityIdFor("session", "org-a/mgr-1", "k"),
            IdempotencyKey.EntityIdFor("session", "org-a/mgr-1", "k2"),
            IdempotencyKey.EntityIdFor("session", "org-a/mgr-2", "k"),
            IdempotencyKey.EntityIdFor("interaction", "org-a/mgr-1", "k"),
        ];

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.StartsWith("interaction-", ids[3]);
        Assert.NotEqual(ids[0]["session-".Length..], ids[3]["interaction-".Length..]);
    }

    [Fact]
    public void The_ids_of_many_keys_spread_over_the_alphabet_without_repeating()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => IdempotencyKey.EntityIdFor("x", "scope", $"key-{i}")).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(36, ids.SelectMany(id => id[2..]).Distinct().Count());
    }

    [Theory]
    [InlineData("  abc  ", "abc", null)]
    [InlineData("", null, "must not be empty")]
    [InlineData("   ", null, "must not be empty")]
    [InlineData(null, null, "must not be empty")]
    [InlineData("a\u0000b", null, "must not contain control characters")]
    public void Keys_are_trimmed_and_empty_or_control_characters_are_refused(string? raw, string? key, string? error) =>
        Assert.Equal((key, error), IdempotencyKey.Validate(raw));

    [Fact]
    public void A_key_longer_than_the_maximum_is_refused()
    {
        Assert.Equal("must be at most 100 characters", IdempotencyKey.Validate(new string('k', IdempotencyKey.MaxLength + 1)).Error);
        Assert.Null(IdempotencyKey.Validate(new string('k', IdempotencyKey.MaxLength)).Error);
    }

    [Fact]
    public void An_imported_name_gives_one_valid_key_whatever_its_length_and_surrounding_spaces()
    {
        var longest = new string('n', DisplayName.MaxLength);

        Assert.Equal(IdempotencyKey.ForImportedName("Jan Jansen"), IdempotencyKey.ForImportedName("  Jan Jansen "));
        Assert.NotEqual(IdempotencyKey.ForImportedName("Jan Jansen"), IdempotencyKey.ForImportedName("Jan Janssen"));
        Assert.Null(IdempotencyKey.Validate(IdempotencyKey.ForImportedName(longest)).Error);
    }
}
