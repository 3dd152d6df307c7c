using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Schema.Privacy;

/// <summary>
/// Writes an <see cref="EmployeeDataExport"/> as the JSON document of a GDPR export: stored facts only (no derived
/// feedback), enums spelled as in the GraphQL schema, times in ISO 8601. API keys appear with ids and times, never hashes.
/// </summary>
public static class EmployeeExportDocument
{
    /// <summary>Names the document's layout, so a reader can tell future versions apart.</summary>
    public const string Format = "leadplatform.employee-export/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // names with diacritics stay readable
        WriteIndented = true,
    };

    public static string Write(EmployeeDataExport export)
    {
        var employee = export.Employee;
        return JsonSerializer.Serialize(new
        {
            format = Format,
            employeeId = employee.Id,
            exportedAt = export.ExportedAt,
            profile = new
            {
                id = employee.Id,
                name = employee.Name,
                organisationId = TenantReach.TenantOf(employee.Id),
                team = new { id = employee.TeamId, name = export.Team?.Name },
                managerId = export.ManagerId,
                formerTeamIds = employee.FormerTeamIds,
            },
            assessments = employee.Assessments.Select(Assessment),
            selfAssessments = employee.SelfAssessments.Select(Assessment),
            coachingSessions = export.CoachingSessions.Select(session => new
            {
                id = session.Id,
                managerId = session.ManagerId,
                language = session.Language,
                stage = session.Stage,
                goal = session.Goal,
                startedAt = session.StartedAt,
                completedAt = session.CompletedAt,
                notes = session.Notes.Select(note => new { stage = note.Stage, text = note.Text, writtenAt = note.WrittenAt }),
                questions = session.Questions.Select(question => new
                {
                    stage = question.Stage,
                    text = question.Text,
                    askedAt = question.AskedAt,
                    kind = question.Analysis.Kind,
                    givesSolution = question.Analysis.GivesSolution,
                }),
                actions = session.Actions.Select(action => new
                {
                    id = action.Id,
                    description = action.Description,
                    owner = action.Owner,
                    needs = action.Needs,
                    dueDate = action.DueDate,
                    createdAt = action.CreatedAt,
                    completedAt = action.CompletedAt,
                }),
            }),
            interactions = export.Interactions.Select((logged, index) => new
            {
                id = logged.Id,
                managerId = export.ManagerOfInteraction(index),
                hat = logged.Interaction.Hat,
                at = logged.Interaction.At,
                recommendedStyle = logged.Interaction.Recommended,
                styleFit = logged.Interaction.Fits,
                task = logged.Task,
                note = logged.Note,
            }),
            teamIdeas = export.TeamIdeas.Select(owned => new
            {
                id = owned.Idea.Id,
                teamSessionId = owned.TeamSessionId,
                topic = owned.Topic,
                text = owned.Idea.Text,
                addedAt = owned.Idea.AddedAt,
            }),
            apiKeys = export.ApiKeys.Select(key => new
            {
                id = key.Id,
                role = key.Principal.Role,
                issuedAt = key.IssuedAt,
                revokedAt = key.RevokedAt,
            }),
        }, Options);
    }

    private static object Assessment(Assessment assessment) => new
    {
        task = assessment.Task,
        competence = assessment.Competence,
        commitment = assessment.Commitment,
        developmentLevel = assessment.Recommendation.DevelopmentLevel,
        recommendedStyle = assessment.Recommendation.Style,
        assessedAt = assessment.AssessedAt,
    };
}
