using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Adoption;

/// <summary>Adds the same <c>adoption(windowDays)</c> field to every level that has an adoption grain.</summary>
public static class AdoptionFieldExtensions
{
    public static void AdoptionField<TSource>(this ObjectGraphType<TSource> type, AccessPolicy policy,
        Func<IResolveFieldContext<TSource>, IAdoptionReporter> grain) =>
        type.Field<NonNullGraphType<AdoptionReportType>>("adoption")
            .Description("Coaching adoption figures: aggregates only, never notes or individual assessments.")
            .Authorize(policy)
            .Argument<IntGraphType>("windowDays", a => a.DefaultValue = AdoptionCalculator.DefaultWindowDays)
            .ResolveAsync(async c => await AdoptionReportSource.Load(grain(c),
                AdoptionReportType.Days(c.GetArgument("windowDays", AdoptionCalculator.DefaultWindowDays), "windowDays")));
}
