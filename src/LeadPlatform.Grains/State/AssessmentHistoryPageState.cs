using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.AssessmentHistoryPage")]
public sealed class AssessmentHistoryPageState : ISealedPageState<Assessment>
{
    /// <summary>The number of the page the slot holds (see <see cref="Domain.Leadership.AssessmentHistoryLayout"/>).</summary>
    [Id(0)] public int Page { get; set; }

    /// <summary>Oldest first.</summary>
    [Id(1)] public Assessment[] Entries { get; set; } = [];
}
