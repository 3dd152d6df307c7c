using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Clients;

public sealed class ImportResultType : ObjectGraphType<ImportResult>
{
    public ImportResultType()
    {
        Name = "ImportResult";
        Description = "What an onboarding import created. Importing the same file again creates nothing new.";
        Field<NonNullGraphType<IntGraphType>>("teamsCreated").Resolve(c => c.Source.TeamsCreated);
        Field<NonNullGraphType<IntGraphType>>("managersCreated").Resolve(c => c.Source.ManagersCreated);
        Field<NonNullGraphType<IntGraphType>>("employeesCreated").Resolve(c => c.Source.EmployeesCreated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorType>>>>("errors")
            .Description("Rows that were skipped, by line; all other rows were kept.").Resolve(c => c.Source.Errors);
    }
}
