namespace LeadPlatform.Domain.Leadership;

/// <summary>How motivated and confident an employee is about one specific task.</summary>
public enum Commitment { Low, Variable, High }
