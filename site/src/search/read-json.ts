/** A JSON file of the site, or an error naming its address and status (a 404 is not data). */
export const readJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
};
