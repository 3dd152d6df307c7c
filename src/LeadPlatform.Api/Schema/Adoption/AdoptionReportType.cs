using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Adoption;

public sealed class AdoptionReportType : ObjectGraphType<AdoptionReportSource>
{
    public AdoptionReportType()
    {
        Name = "AdoptionReport";
        Description = "How far coaching is adopted, over the last windowDays days. Rates are 0..1.";
        Field<NonNullGraphType<IntGraphType>>("windowDays").Resolve(c => c.Source.WindowDays);
        this.AddFigureFields(source => source.Figures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdoptionDayType>>>>("trend")
            .Description("One point per day, oldest first.")
            .Argument<IntGraphType>("days", a => a.DefaultValue = AdoptionCalculator.DefaultWindowDays)
            .ResolveAsync(async c => await c.Source.Grain.Trend(Days(c.GetArgument("days", AdoptionCalculator.DefaultWindowDays), "days")));
    }

    /// <summary>A day count between 1 and the retention, or BAD_USER_INPUT naming the argument.</summary>
    public static int Days(int days, string field) =>
        days is >= 1 and <= AdoptionCalculator.RetentionDays ? days : throw PlatformException.BadInput(field, $"must be between 1 and {AdoptionCalculator.RetentionDays}");
}
