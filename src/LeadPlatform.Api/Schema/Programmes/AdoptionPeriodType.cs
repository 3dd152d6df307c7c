using GraphQL.Types;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Api.Schema.Programmes;

public sealed class AdoptionPeriodType : ObjectGraphType<AdoptionWindow>
{
    public AdoptionPeriodType()
    {
        Name = "AdoptionPeriod";
        Description = "The days a figure covers, both included.";
        Field<NonNullGraphType<DateType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("days").Resolve(c => c.Source.Days);
    }
}
