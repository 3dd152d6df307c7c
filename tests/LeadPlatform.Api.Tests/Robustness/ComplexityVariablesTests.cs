using LeadPlatform.Api.Http;

namespace LeadPlatform.Api.Tests.Robustness;

/// <summary>Which documents can change their depth or complexity with their variables (and are analysed on every request).</summary>
public sealed class ComplexityVariablesTests
{
    [Theory]
    [InlineData("query($id: ID!) { employee(id: $id) { id name currentRecommendation(task: \"x\") { style } } }")]
    [InlineData("query($t: String!) { analyseQuestion(text: $t) { kind } }")]
    [InlineData("{ team(id: \"o/t\") { employeesConnection(first: 5) { edges { node { id } } } } }")]
    [InlineData("query($id: ID!) { team(id: $id) { ...members } } fragment members on Team { employees { id } }")]
    public void Variables_that_complexity_does_not_read_leave_it_fixed(string query) =>
        Assert.False(ComplexityVariables.AffectComplexity(GraphQLParser.Parser.Parse(query)));

    [Theory]
    [InlineData("query($n: Int) { team(id: \"o/t\") { employeesConnection(first: $n) { edges { node { id } } } } }")]
    [InlineData("query($n: Int!) { team(id: \"o/t\") { employeesConnection(last: $n) { edges { node { id } } } } }")]
    [InlineData("query($n: Int) { team(id: \"o/t\") { ...page } } fragment page on Team { employeesConnection(first: $n) { edges { node { id } } } }")]
    [InlineData("query($s: Boolean!) { me { role } team(id: \"o/t\") @skip(if: $s) { id } }")]
    [InlineData("query($s: Boolean!) { team(id: \"o/t\") { ... on Team @include(if: $s) { employees { id } } } }")]
    [InlineData("query($s: Boolean!) { team(id: \"o/t\") { ...members @include(if: $s) } } fragment members on Team { employees { id } }")]
    [InlineData("query($id: ID) { employee(id: $id) { id } }")] // a nullable id may be absent: "id given" can change
    public void Variables_that_complexity_reads_make_it_depend_on_them(string query) =>
        Assert.True(ComplexityVariables.AffectComplexity(GraphQLParser.Parser.Parse(query)));
}
