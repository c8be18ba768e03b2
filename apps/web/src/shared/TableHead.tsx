/** A table's header row: one column header (`scope="col"`) per label, in order. */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((label, i) => (
          <th scope="col" key={i}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
