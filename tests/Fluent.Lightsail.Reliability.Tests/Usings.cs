namespace Fluent.Lightsail.Reliability.Tests;
