/**
 * A JSON file of the site, or an error naming its address and status (a 404 is not data), unless
 * the caller says what a missing file means.
 */
export const readJson = async <T>(url: string, missing?: T): Promise<T> => {
  const response = await fetch(url);
  if (response.status === 404 && missing !== undefined) return missing;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
};
