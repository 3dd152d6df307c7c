namespace LeadPlatform.Domain.Leadership;

/// <summary>How well an employee can do one specific task.</summary>
public enum Competence { Low, Some, High }
