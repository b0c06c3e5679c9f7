// Placeholder until the connector screens land.
export async function connectorFormTimings() {
  return { factories: [] };
}
