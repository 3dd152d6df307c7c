namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.SessionListPage")]
public sealed class SessionListPageState : ISealedPageState<string>
{
    /// <summary>The number of the page (see <see cref="Domain.Coaching.SessionListLayout"/>).</summary>
    [Id(0)] public int Page { get; set; }

    /// <summary>Coaching session ids, oldest first.</summary>
    [Id(1)] public string[] Entries { get; set; } = [];
}
