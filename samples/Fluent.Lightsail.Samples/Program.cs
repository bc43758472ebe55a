Console.WriteLine("sample: filled in by the foundation issue");
