namespace TranslationDiff.Core.Model;

public enum DiffOperation
{
    Equal,
    Inserted,
    Deleted,
}
