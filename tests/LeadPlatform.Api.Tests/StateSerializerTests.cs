using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.State;
using LeadPlatform.Host;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// The silo's state serialiser writes exactly what Orleans' own storage serialiser writes (stores written before it came
/// stay readable, and the other way round), for small states and for one larger than the buffer a thread keeps.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class StateSerializerTests(HostFixture fixture)
{
    private Serializer Serializer => fixture.Host.Services.GetRequiredService<Serializer>();

    private static EmployeeState Employee(int assessments) => new()
    {
        Name = "Anna de Vries",
        TeamId = "org-1/team-1",
        RecentHistory = [.. Enumerable.Range(0, assessments).Select(i => new Assessment($"task {i}", Competence.High, Commitment.Variable,
            SituationalLeadershipTable.Recommend(Competence.High, Commitment.Variable), DateTimeOffset.UnixEpoch.AddMinutes(i)))],
        SessionIds = ["org-1/session-1", "org-1/session-2"],
    };

    [Fact]
    public void The_silo_stores_state_with_it()
    {
        Assert.IsType<StateSerializer>(fixture.Host.Services.GetRequiredKeyedService<IGrainStorageSerializer>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2_000)] // well over the 64 KB a thread keeps
    public void It_writes_the_bytes_orleans_writes_and_each_reads_the_others(int assessments)
    {
        var ours = new StateSerializer(Serializer);
        var orleans = new OrleansGrainStorageSerializer(Serializer);
        var state = Employee(assessments);

        var written = ours.Serialize(state).ToArray();

        Assert.Equal(orleans.Serialize(state).ToArray(), written);
        Assert.Equal(state.RecentHistory, orleans.Deserialize<EmployeeState>(BinaryData.FromBytes(written))!.RecentHistory);
        Assert.Equal(state.RecentHistory, ours.Deserialize<EmployeeState>(orleans.Serialize(state))!.RecentHistory);
    }

    [Fact]
    public void A_state_after_a_larger_one_is_written_whole_and_alone()
    {
        var ours = new StateSerializer(Serializer);
        var orleans = new OrleansGrainStorageSerializer(Serializer);
        ours.Serialize(Employee(2_000));
        ours.Serialize(Employee(50));

        var small = Employee(1);
        Assert.Equal(orleans.Serialize(small).ToArray(), ours.Serialize(small).ToArray());
    }
}
