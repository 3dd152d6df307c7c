using GraphQL.Types;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Programmes;

public sealed class AdoptionFiguresType : ObjectGraphType<AdoptionFigures>
{
    public AdoptionFiguresType()
    {
        Name = "AdoptionFigures";
        Description = "Adoption of a group of managers over one period (see the enclosing comparison for its days). Rates are 0..1.";
        this.AddFigureFields(figures => figures);
    }
}
