using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS9001 and FLS9005: the generator extends a template's own declaration, so it and its containers must be partial.</summary>
public sealed class MakePartialTests
{
    private const string AddPartialToTemplate = Fix.Mechanical;
    private const string AddPartialToContainer = Fix.Mechanical;

    [Fact]
    public Task A_template_becomes_partial()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)]
                public sealed class {|FLS9001:Web|};
                """,
            Sources.Usings + """
                [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)]
                public sealed partial class Web;
                """,
            AddPartialToTemplate);

    [Fact]
    public Task A_template_without_modifiers_gets_partial_before_its_keyword()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [InstanceTemplate] record class {|FLS9001:Web|};
                """,
            Sources.Usings + """
                [InstanceTemplate] partial record class Web;
                """,
            AddPartialToTemplate);

    [Fact]
    public Task Fix_all_makes_every_template_of_two_documents_partial()
    {
        var test = new LightsailCodeFixTest<TemplateShapeCodeFixProvider>(
            Sources.Usings + """
                [InstanceTemplate] public class {|FLS9001:Web|};
                [InstanceTemplate] public class {|FLS9001:Api|};
                """,
            Sources.Usings + """
                [InstanceTemplate] public partial class Web;
                [InstanceTemplate] public partial class Api;
                """,
            AddPartialToTemplate);
        test.TestState.Sources.Add(("Second.cs", Sources.Usings + "[InstanceTemplate] internal class {|FLS9001:Worker|};\n"));
        test.FixedState.Sources.Add(("Second.cs", Sources.Usings + "[InstanceTemplate] internal partial class Worker;\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_named_containing_type_becomes_partial()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                public partial class Outer
                {
                    public static class Middle
                    {
                        [InstanceTemplate] public partial class {|FLS9005:Web|};
                    }
                }
                """,
            Sources.Usings + """
                public partial class Outer
                {
                    public static partial class Middle
                    {
                        [InstanceTemplate] public partial class Web;
                    }
                }
                """,
            AddPartialToContainer);

    [Fact]
    public Task Fix_all_makes_a_container_of_two_templates_partial_once()
    {
        var test = new LightsailCodeFixTest<TemplateShapeCodeFixProvider>(
            Sources.Usings + """
                public class Outer
                {
                    [InstanceTemplate] public partial class {|FLS9005:Web|};
                    [InstanceTemplate] public partial class {|FLS9005:Api|};
                }
                """,
            Sources.Usings + """
                public partial class Outer
                {
                    [InstanceTemplate] public partial class Web;
                    [InstanceTemplate] public partial class Api;
                }
                """,
            AddPartialToContainer);

        // One fix makes Outer partial, which clears both diagnostics.
        test.NumberOfIncrementalIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Two_non_partial_containers_give_two_diagnostics_and_each_fix_names_its_own()
    {
        var test = new LightsailCodeFixTest<TemplateShapeCodeFixProvider>(
            Sources.Usings + """
                public class Outer
                {
                    internal class Inner
                    {
                        [InstanceTemplate] public partial class {|FLS9005:{|FLS9005:Web|}|};
                    }
                }
                """,
            Sources.Usings + """
                public partial class Outer
                {
                    internal partial class Inner
                    {
                        [InstanceTemplate] public partial class Web;
                    }
                }
                """,
            AddPartialToContainer);
        return test.RunAsync();
    }

    [Fact]
    public Task A_static_template_loses_static()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [InstanceTemplate]
                public static partial class {|FLS9003:Web|};
                """,
            Sources.Usings + """
                [InstanceTemplate]
                public partial class Web;
                """,
            Fix.Mechanical);

    [Fact]
    public Task A_template_that_starts_with_static_keeps_its_indentation()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                namespace App
                {
                    [InstanceTemplate]
                    static partial class {|FLS9003:Web|};
                }
                """,
            Sources.Usings + """
                namespace App
                {
                    [InstanceTemplate]
                    partial class Web;
                }
                """,
            Fix.Mechanical);

    // [InstanceTemplate] is for classes, so the compiler objects too; the fix settles both.
    [Fact]
    public Task A_struct_template_becomes_a_class()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [{|CS0592:InstanceTemplate|}]
                public partial struct {|FLS9002:Web|} : System.IEquatable<Web>
                {
                    public bool Equals(Web other) => true;
                }
                """,
            Sources.Usings + """
                [InstanceTemplate]
                public partial class Web : System.IEquatable<Web>
                {
                    public bool Equals(Web other) => true;
                }
                """,
            Fix.Mechanical);

    [Fact]
    public Task Fix_all_turns_record_structs_into_record_classes()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [{|CS0592:InstanceTemplate|}] public partial record struct {|FLS9002:Web|};
                [{|CS0592:InstanceTemplate|}] internal partial record struct {|FLS9002:Api|}(string Name);
                """,
            Sources.Usings + """
                [InstanceTemplate] public partial record class Web;
                [InstanceTemplate] internal partial record class Api(string Name);
                """,
            Fix.Mechanical);

    [Fact]
    public Task Fix_all_removes_static_from_every_template()
        => LightsailCodeFixTest<TemplateShapeCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [InstanceTemplate] public static partial class {|FLS9003:Web|};
                [InstanceTemplate] static partial class {|FLS9003:Api|};
                """,
            Sources.Usings + """
                [InstanceTemplate] public partial class Web;
                [InstanceTemplate] partial class Api;
                """,
            Fix.Mechanical);
}
