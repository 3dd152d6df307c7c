using LeadPlatform.Abstractions.Grains;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>
/// A client asking who manages it calls its consultancy, and a hand-over of that client calls the client from the
/// consultancy. Neither grain is reentrant, so the two waited for each other until the call timed out (30 s) when they
/// met (found by review). Reading a consultancy now interleaves with what the consultancy is doing.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class ManagingConsultancyCallCycleTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task A_client_learns_who_manages_it_while_that_consultancy_is_handing_it_over()
    {
        var grains = fixture.Grains;
        var consultancy = await NewStructure.Consultancy(grains);
        var client = await consultancy.CreateOrganisation("Client");

        var released = new TaskCompletionSource();
        var consultancyWriting = PrivacyClusterFixture.Faults.HoldNextWrite("consultancy", consultancy.GetGrainId(), released.Task);
        var detaching = consultancy.DetachOrganisation(client.Id);
        await consultancyWriting; // the consultancy is inside the hand-over; the client's own step comes next
        try
        {
            var managedBy = await grains.GetGrain<IOrganisationGrain>(client.Id).GetManagingConsultancy().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal("Coach & Co", managedBy!.Name);
        }
        finally
        {
            released.SetResult();
        }
        Assert.Null((await detaching.WaitAsync(TimeSpan.FromSeconds(10))).ConsultancyId);
    }
}
