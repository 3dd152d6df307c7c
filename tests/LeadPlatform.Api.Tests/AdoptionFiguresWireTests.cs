using LeadPlatform.Domain.Adoption;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace LeadPlatform.Api.Tests;

/// <summary>An adoption report crosses grain calls whole: every figure the gateway computes with arrives as it was sent.</summary>
[Collection(HostCollection.Name)]
public sealed class AdoptionFiguresWireTests(HostFixture fixture)
{
    private static AdoptionFigures Report()
    {
        var today = new Dictionary<int, long[]>();
        foreach (var (counter, value) in new[] { (AdoptionCounter.QuestionsOpen, 3L), (AdoptionCounter.QuestionsClosed, 1L), (AdoptionCounter.InteractionsCoach, 2L),
                     (AdoptionCounter.InteractionsJudged, 2L), (AdoptionCounter.InteractionsFitting, 1L), (AdoptionCounter.ActionsCreated, 4L), (AdoptionCounter.PulseReadings, 1L),
                     (AdoptionCounter.PulseEnergySum, 4L) })
            AdoptionVector.AddInto(today, 1, AdoptionVector.Of(counter, value));
        return AdoptionCalculator.Figures(today, managers: 2, today: 1);
    }

    [Fact]
    public void Serialised_and_copied_reports_keep_every_figure_and_what_each_rate_divides_by()
    {
        var sent = Report();
        var serializer = fixture.Host.Services.GetRequiredService<Serializer>();
        var copier = fixture.Host.Services.GetRequiredService<DeepCopier>();

        foreach (var received in new[] { serializer.Deserialize<AdoptionFigures>(serializer.SerializeToArray(sent))!, copier.Copy(sent)! })
        {
            Assert.Equal((sent.Managers, sent.OpenQuestionRatio, sent.CoachHatShare, sent.StyleFitRate, sent.AverageEnergy),
                (received.Managers, received.OpenQuestionRatio, received.CoachHatShare, received.StyleFitRate, received.AverageEnergy));
            Assert.Equal((4L, 2L, 2L, 4L), (received.QuestionsAsked, received.Interactions, received.InteractionsJudged, received.ActionsCreated));
            Assert.Equal(sent.DevelopmentLevels, received.DevelopmentLevels);
        }
    }
}
